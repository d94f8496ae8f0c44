// Appium imports this file with plain Node (no TypeScript loader), in whatever
// process runs the server. It loads the driver compiled at install (dist/, see
// scripts/build.mjs) while that build matches the sources, and otherwise the
// TypeScript sources through tsx (registering twice is harmless).
import { compiledUrl, useCompiled } from '../../scripts/buildOutput.mjs';

let mod;
if (useCompiled()) mod = await import(compiledUrl('drivers/virtual-android/src/driver/VirtualAndroidDriver.ts'));
else {
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import('./src/driver/VirtualAndroidDriver.ts');
}
export const VirtualAndroidDriver = mod.VirtualAndroidDriver;
export default VirtualAndroidDriver;
