/** Files: rename, delete, file details. */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, clearField, launch, rid, tap, tapId, typeInto } from '../steps.ts';

const F = (rest: string) => app('Files', rest);

export const filesTasks = [
  defineTask({
    id: 'files_rename_recording',
    instruction: 'Rename the recording "Voice 001.m4a" to "Interview with Marco.m4a".',
    apps: ['Files'],
    difficulty: 2,
    category: 'edit',
    success: {
      all: [
        { path: F('files[?(name == "Interview with Marco.m4a")].folder'), equals: 'Recordings' },
        { path: F('files[?(name == "Voice 001.m4a")]'), count: 0 },
      ],
    },
    reference: [
      launch('Files'),
      tap('Audio'),
      tap('Voice 001.m4a'),
      tapId(rid('Files', 'rename_button')),
      clearField(rid('Files', 'rename_input')),
      typeInto(rid('Files', 'rename_input'), 'Interview with Marco.m4a'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'files_delete_apk',
    instruction: 'Delete the maple-companion APK from my downloads.',
    apps: ['Files'],
    difficulty: 1,
    category: 'edit',
    seed: 3,
    startInApp: true,
    success: { path: F('files[?(name ~= ".apk")]'), count: 0 },
    reference: [
      tap('Downloads'),
      tap('maple-companion-1.4.apk'),
      tapId(rid('Files', 'delete_button')),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'files_lease_size',
    instruction: 'How big is the lease agreement PDF in my Documents?',
    apps: ['Files'],
    difficulty: 1,
    category: 'lookup',
    // One size, in any size unit (818,180 bytes are shown as 818 kB); another file's size fails.
    success: { answer: { number: 818, unit: 'kB', tolerance: 0.5 } },
    reference: [
      launch('Files'),
      tap('Documents'),
      tap('Lease agreement.pdf'),
      answer('Lease agreement.pdf is 818 kB.'),
    ],
  }),
];
