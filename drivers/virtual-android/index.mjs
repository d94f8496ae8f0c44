// Appium imports this file with plain Node (no TypeScript loader), in whatever
// process runs the server. Registering tsx here lets the driver stay as .ts
// sources with no build step; registering twice is harmless.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./src/driver/VirtualAndroidDriver.ts');
export const VirtualAndroidDriver = mod.VirtualAndroidDriver;
export default VirtualAndroidDriver;
