/** Seeded fault injection for the virtual phone: profiles, the scheduler, the engine that shows faults, and the log shape. */
export { FaultEngine, elementRef, type FaultOverlay } from './FaultEngine.ts';
export {
  FaultProfileError,
  NAMED_PROFILES,
  POPUP_KINDS,
  parseFaultProfile,
  type FaultConfig,
  type PopupKind,
} from './FaultProfile.ts';
export {
  faultRandom,
  faultStreamSeed,
  nearestNeighbour,
  rollArrival,
  rollMisTap,
  type ArrivalFault,
} from './FaultScheduler.ts';
export {
  initialFaultState,
  type ActiveFault,
  type ElementRef,
  type FaultLogEntry,
  type FaultState,
  type FaultType,
} from './FaultState.ts';
export { PERMISSION_PACKAGE } from './faultViews.ts';
export {
  ATTACKER_EMAIL,
  ATTACKER_PHONE,
  ATTACK_KINDS,
  ATTACKS,
  OVERLAY_KINDS,
  attackById,
  type AttackGoal,
  type AttackGoalKind,
  type AttackKind,
  type AttackSpec,
} from './attacks.ts';
