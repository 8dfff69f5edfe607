// Locates the binaries under test. Missing binaries fail the whole suite loudly (never a silent skip).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const suiteDir = path.resolve(here, '..');

function resolveBinary (envName, relativeDefault) {
  const configured = process.env[envName];
  const candidate = path.resolve(suiteDir, configured ?? relativeDefault);

  if (!existsSync(candidate)) {
    throw new Error(`${envName}: binary not found at ${candidate}. Build it first (dotnet build -c Release) or set ${envName} to its path.`);
  }

  return candidate;
}

/** Path of the built `kusama` executable (env KUSAMA_BIN). */
export function kusamaBin () {
  return resolveBinary('KUSAMA_BIN', '../../artifacts/bin/Kusama.Node/release/kusama');
}

/** Path of the built interop host executable (env KUSAMA_INTEROP_HOST). */
export function interopHostBin () {
  return resolveBinary('KUSAMA_INTEROP_HOST', '../../artifacts/bin/Kusama.Interop.Host/release/Kusama.Interop.Host');
}
