/**
 * `mobile:` scripts the driver answers: UiAutomator2's names and parameters
 * for what the real path uses, and `mobile: maple*` for the virtual device's
 * ground truth, snapshots and faults.
 */
const area = ['elementId', 'left', 'top', 'width', 'height'];

export const executeMethodMap = {
  'mobile: clickGesture': { command: 'mobileClickGesture', params: { optional: ['elementId', 'x', 'y'] } },
  'mobile: longClickGesture': {
    command: 'mobileLongClickGesture',
    params: { optional: ['elementId', 'x', 'y', 'duration'] },
  },
  'mobile: doubleClickGesture': { command: 'mobileDoubleClickGesture', params: { optional: ['elementId', 'x', 'y'] } },
  'mobile: swipeGesture': {
    command: 'mobileSwipeGesture',
    params: { optional: [...area, 'direction', 'percent', 'speed'] },
  },
  'mobile: scrollGesture': {
    command: 'mobileScrollGesture',
    params: { optional: [...area, 'direction', 'percent', 'speed'] },
  },
  'mobile: flingGesture': { command: 'mobileFlingGesture', params: { optional: [...area, 'direction', 'speed'] } },
  'mobile: pressKey': {
    command: 'mobilePressKey',
    params: { required: ['keycode'], optional: ['metastate', 'flags', 'isLongPress'] },
  },
  'mobile: getCurrentActivity': { command: 'mobileGetCurrentActivity' },
  'mobile: getCurrentPackage': { command: 'mobileGetCurrentPackage' },
  'mobile: activateApp': { command: 'mobileActivateApp', params: { required: ['appId'] } },
  'mobile: terminateApp': { command: 'mobileTerminateApp', params: { required: ['appId'], optional: ['timeout'] } },
  'mobile: queryAppState': { command: 'mobileQueryAppState', params: { required: ['appId'] } },
  'mobile: isAppInstalled': { command: 'mobileIsAppInstalled', params: { required: ['appId'] } },
  'mobile: startActivity': {
    command: 'mobileStartActivity',
    params: {
      optional: [
        'intent',
        'appPackage',
        'appActivity',
        'user',
        'wait',
        'stop',
        'windowingMode',
        'activityType',
        'action',
        'uri',
        'mimeType',
        'identifier',
        'categories',
        'component',
        'package',
        'extras',
        'flags',
      ],
    },
  },
  'mobile: getClipboard': { command: 'mobileGetClipboard' },
  'mobile: setClipboard': {
    command: 'mobileSetClipboard',
    params: { required: ['content'], optional: ['contentType', 'label'] },
  },
  'mobile: hideKeyboard': { command: 'mobileHideKeyboard' },
  'mobile: isKeyboardShown': { command: 'mobileIsKeyboardShown' },
  'mobile: getDeviceTime': { command: 'mobileGetDeviceTime', params: { optional: ['format'] } },
  'mobile: deviceInfo': { command: 'mobileDeviceInfo' },
  'mobile: mapleGroundTruth': { command: 'mapleGroundTruth' },
  'mobile: mapleScreenId': { command: 'mapleScreenId' },
  'mobile: mapleStateDigest': { command: 'mapleStateDigest' },
  'mobile: mapleAppData': { command: 'mapleAppData', params: { required: ['package'] } },
  'mobile: mapleUiState': { command: 'mapleUiState' },
  'mobile: mapleReset': { command: 'mapleReset', params: { optional: ['seed'] } },
  'mobile: mapleSnapshot': { command: 'mapleSnapshot' },
  'mobile: mapleRestore': { command: 'mapleRestore', params: { required: ['id'] } },
  'mobile: mapleSetFaults': { command: 'mapleSetFaults', params: { optional: ['profile', 'options'] } },
  'mobile: mapleAdvanceClock': { command: 'mapleAdvanceClock', params: { required: ['ms'] } },
  'mobile: mapleDeviceState': { command: 'mapleDeviceState' },
  'mobile: mapleFaultLog': { command: 'mapleFaultLog' },
  'mobile: mapleNodeKeys': { command: 'mapleNodeKeys' },
} as const;
