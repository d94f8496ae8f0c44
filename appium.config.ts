/**
 * Appium server settings and capability presets. Appium does not read a .ts
 * config itself: drivers/appium/startAppiumServer reads this file and calls
 * Appium's main() with it.
 */
export interface AppiumConfig {
  address: string;
  /** 0 or undefined: pick a free loopback port. */
  port?: number;
  basePath: string;
  /** Driver names Appium may load (its --use-drivers). */
  drivers: string[];
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  presets: {
    virtual: Record<string, unknown>;
    uiautomator2: Record<string, unknown>;
  };
}

const config: AppiumConfig = {
  address: '127.0.0.1',
  port: 0,
  basePath: '/',
  drivers: ['virtual-android', 'uiautomator2'],
  logLevel: 'error',
  presets: {
    virtual: {
      platformName: 'Android',
      'appium:automationName': 'VirtualAndroid',
      'appium:deviceName': 'Virtual Pixel',
      'appium:newCommandTimeout': 600,
      'maple:seed': 1,
      'maple:faults': 'none',
      'maple:latencyMs': 0,
    },
    uiautomator2: {
      platformName: 'Android',
      'appium:automationName': 'UiAutomator2',
      'appium:deviceName': 'Android',
      'appium:newCommandTimeout': 600,
      'appium:noReset': true,
      'appium:disableWindowAnimation': true,
      'appium:ignoreHiddenApiPolicyError': true,
    },
  },
};

export default config;
