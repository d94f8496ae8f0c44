/**
 * Window kinds and the foreground package on small hand-made hierarchies:
 * the cases the real dumps do not cover.
 */
import { describe, expect, it } from 'vitest';
import { isKeyboardPackage, isLauncherPackage, parsePageSource } from '../../../drivers/screen/index.ts';

function node(pkg: string, bounds: string, inner = '', extra = ''): string {
  return `<node class="android.widget.FrameLayout" package="${pkg}" bounds="${bounds}" enabled="true" ${extra}>${inner}</node>`;
}
function button(pkg: string, bounds: string, text: string, id = ''): string {
  return `<node class="android.widget.Button" package="${pkg}" text="${text}" resource-id="${id}" clickable="true" enabled="true" bounds="${bounds}" />`;
}
const dump = (...windows: string[]) => `<hierarchy rotation="0">${windows.join('')}</hierarchy>`;

describe('window kinds', () => {
  it('split-screen halves are both apps; the later one is the foreground', () => {
    const s = parsePageSource(
      dump(
        node('com.example.maps', '[0,0][1080,1190]', button('com.example.maps', '[0,100][500,200]', 'Route')),
        node('com.example.notes', '[0,1210][1080,2400]', button('com.example.notes', '[0,1300][500,1400]', 'Save')),
      ),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'app']);
    expect(s.foregroundPackage).toBe('com.example.notes');
  });

  it('a floating window of another package is a pop-up that does not take the foreground', () => {
    const s = parsePageSource(
      dump(
        node('com.example.notes', '[0,0][1080,2400]', button('com.example.notes', '[0,1300][500,1400]', 'Save')),
        node(
          'com.example.video',
          '[600,1800][1040,2200]',
          button('com.example.video', '[600,1800][700,1900]', 'Pause'),
        ),
      ),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'popup']);
    expect(s.foregroundPackage).toBe('com.example.notes');
  });

  it('a permission dialog of another package takes the foreground', () => {
    const pc = 'com.google.android.permissioncontroller';
    const s = parsePageSource(
      dump(
        node('com.example.camera', '[0,0][1080,2400]'),
        node(
          pc,
          '[60,800][1020,1600]',
          `<node class="android.widget.TextView" package="${pc}" text="Allow Camera to take pictures?" resource-id="${pc}:id/permission_message" bounds="[100,850][980,1000]" />${button(pc, '[100,1300][980,1400]', 'While using the app', `${pc}:id/permission_allow_foreground_only_button`)}`,
        ),
      ),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'dialog']);
    expect(s.foregroundPackage).toBe(pc);
  });

  it("our virtual device's keyboard and launcher are recognised by package", () => {
    expect(isKeyboardPackage('com.maple.keyboard')).toBe(true);
    expect(isKeyboardPackage('com.google.android.inputmethod.latin')).toBe(true);
    expect(isKeyboardPackage('com.sohu.inputmethod.sogou')).toBe(true);
    expect(isKeyboardPackage('com.example.notes')).toBe(false);
    expect(isLauncherPackage('com.maple.launcher')).toBe(true);
    expect(isLauncherPackage('com.miui.home')).toBe(true);
    const s = parsePageSource(
      dump(
        node('com.maple.launcher', '[0,0][1080,2400]', button('com.maple.launcher', '[0,100][200,300]', 'Clock')),
        node('com.maple.keyboard', '[0,1700][1080,2400]', button('com.maple.keyboard', '[0,1800][108,1900]', 'q')),
      ),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['launcher', 'keyboard']);
    expect(s.foregroundPackage).toBe('com.maple.launcher');
  });

  it('a hidden top-level window (Appium displayed="false") is no window at all', () => {
    const s = parsePageSource(
      `<hierarchy rotation="0" width="1080" height="2400"><android.widget.FrameLayout package="a.b" class="android.widget.FrameLayout" bounds="[0,0][1080,2400]" displayed="false"><android.widget.Button package="a.b" class="android.widget.Button" text="X" clickable="true" bounds="[0,0][100,100]" displayed="true" /></android.widget.FrameLayout><android.widget.FrameLayout package="c.d" class="android.widget.FrameLayout" bounds="[0,0][1080,2400]" displayed="true" /></hierarchy>`,
    );
    expect(s.windows.map((w) => w.package)).toEqual(['c.d']);
    expect(s.elements.map((e) => e.package)).toEqual(['c.d']);
    expect(s.foregroundPackage).toBe('c.d');
  });
});
