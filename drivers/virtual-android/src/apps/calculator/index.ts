/** Calculator (com.google.android.calculator): keypad with live preview, advanced keys, history. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialCalculator, type CalculatorState } from './state.ts';

export type { CalculatorState };
export { evaluate, formatNumber, CalcError } from './evaluate.ts';

export default defineApp<CalculatorState>({
  id: 'calculator',
  package: 'com.google.android.calculator',
  label: 'Calculator',
  icon: '±',
  launchActivity: 'com.android.calculator2.Calculator',
  home: 'main',
  initialState: initialCalculator,
  screens,
  dialogs,
});
