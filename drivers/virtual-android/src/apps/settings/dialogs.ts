/** Settings dialogs: single-choice lists, Wi-Fi password, rename, brightness, wallpaper confirm. */
import type { Act, DialogDef, JsonObject } from '../../framework/types.ts';
import { alert, editText, radio, row, text, button } from '../../framework/widgets.ts';
import type { S } from './page.ts';

/** Where each choice dialog's key lives in the state. */
function setChoice(a: Act<S>, key: string, value: string): void {
  if (key === 'fontSize' || key === 'screenTimeout') a.state.display[key] = value;
  else if (key === 'ringtone') a.state.sound.ringtone = value;
  else if (key === 'ringVolume') a.state.sound.ringVolume = Number(value);
}

function currentChoice(s: S, key: string): string {
  if (key === 'fontSize' || key === 'screenTimeout') return s.display[key];
  if (key === 'ringtone') return s.sound.ringtone;
  if (key === 'ringVolume') return String(s.sound.ringVolume);
  return '';
}

export const dialogs: Record<string, DialogDef<S>> = {
  choice: {
    render: (r) => {
      const key = String(r.params.key);
      const options = (r.params.options as string[]) ?? [];
      const current = currentChoice(r.state, key);
      return alert<S>({
        title: String(r.params.title),
        body: options.map((o) =>
          radio<S>(
            o,
            o === current,
            (a) => {
              setChoice(a, key, o);
              a.closeDialog();
            },
            { id: 'android:id/text1' },
          ),
        ),
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  wifi_connect: {
    render: (r) => {
      const ssid = String(r.params.ssid);
      const net = r.state.wifi.networks.find((n) => n.ssid === ssid);
      const value = String(r.local.password ?? '');
      const connect = (a: Act<S>): void => {
        const pw = String(a.local.password ?? '');
        if (net?.secured && pw !== net.password) {
          a.local.error = 'Incorrect password';
          return;
        }
        a.state.wifi.connected = ssid;
        if (!a.state.wifi.saved.includes(ssid)) a.state.wifi.saved.push(ssid);
        a.closeDialog();
        a.toast(`Connected to ${ssid}`);
      };
      const body = net?.secured
        ? [
            editText<S>(
              'password',
              'Password',
              {
                value,
                onChange: (a, v) => {
                  a.local.password = v;
                  delete a.local.error;
                },
                onSubmit: connect,
              },
              { password: true },
            ),
          ]
        : [text<S>('Open network', { pad: [0, 64, 0, 64] })];
      if (r.local.error)
        body.push(text<S>(String(r.local.error), { id: 'error', pad: [0, 64, 0, 64], style: { color: '#b3261e' } }));
      return alert<S>({
        title: ssid,
        body,
        positive: { label: 'Connect', onTap: connect },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  rename: {
    render: (r) => {
      const field = String(r.params.field);
      const current = field === 'bluetooth' ? r.state.bluetooth.deviceName : r.state.about.deviceName;
      const value = r.local.name === undefined ? current : String(r.local.name);
      const save = (a: Act<S>): void => {
        const name = String(a.local.name ?? current).trim();
        if (!name) return;
        if (field === 'bluetooth') a.state.bluetooth.deviceName = name;
        else a.state.about.deviceName = name;
        a.closeDialog();
      };
      return alert<S>({
        title: field === 'bluetooth' ? 'Rename this device' : 'Device name',
        body: [
          editText<S>('edittext', 'Device name', {
            value,
            onChange: (a, v) => {
              a.local.name = v;
            },
            onSubmit: save,
          }),
        ],
        positive: { label: 'Rename', onTap: save },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  brightness: {
    render: (r) => {
      const level = r.state.display.brightness;
      const step = (d: number) => (a: Act<S>) => {
        a.state.display.brightness = Math.max(0, Math.min(100, a.state.display.brightness + d));
      };
      return alert<S>({
        title: 'Brightness level',
        body: [
          row<S>({ h: 160, pad: [0, 64, 0, 64], gap: 40 }, [
            button<S>('-', step(-10), { id: 'brightness_down', desc: 'Decrease brightness', w: 160 }),
            text<S>(`${level}%`, { id: 'brightness_value', grow: 1, style: { align: 'center', size: 48 } }),
            button<S>('+', step(10), { id: 'brightness_up', desc: 'Increase brightness', w: 160 }),
          ]),
        ],
        positive: { label: 'Done', onTap: (a) => a.closeDialog() },
      });
    },
  },
  set_wallpaper: {
    render: (r) =>
      alert<S>({
        title: 'Set wallpaper',
        message: `Use "${String(r.params.name)}" on home and lock screen?`,
        positive: {
          label: 'Set',
          onTap: (a) => {
            a.state.wallpaper.current = String(a.params.name);
            a.closeDialog();
            a.snackbar('Wallpaper set', { label: 'Undo', run: 'setWallpaper', payload: currentWallpaper(r.state) });
          },
        },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
};

function currentWallpaper(s: S): JsonObject {
  return { name: s.wallpaper.current };
}
