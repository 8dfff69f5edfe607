// libp2p@3 targets Node >= 22 and calls Promise.withResolvers; Node 20 lacks only that one API (networking.md §11), so
// this module must be imported before any libp2p module is evaluated.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    value: function withResolvers () {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });

      return { promise, reject, resolve };
    },
    writable: true
  });
}
