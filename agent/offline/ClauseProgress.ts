/**
 * What has been done for the clause being worked on. It is reset when the
 * policy moves to the next clause or restarts one, so every flag here is
 * about the current clause only; what outlives a clause is in PolicyState.
 */
export interface ClauseProgress {
  consumed: Set<string>;
  typed: boolean;
  committed: boolean;
  /** Commit taps repeated because the typed text stayed in its field. */
  commitRetries: number;
  fallbackTried: number;
  /** The clause's entity was tapped. */
  opened: boolean;
  searched: boolean;
  searchOpened: boolean;
  /** Form fields typed ("role|id") and cleared. */
  filled: Set<string>;
  cleared: Set<string>;
  formTouched: boolean;
  formTouchedAfterTime: boolean;
  created: boolean;
  timeSet: boolean;
  dateSet: boolean;
  allDaySet: boolean;
  daysSet: boolean;
  keys: number;
  extraTaps: number;
  answered: boolean;
  shared: boolean;
  sharedTo?: string;
  verbTaps: number;
  /** A one-tap verb (Delete, Call, Pin, Add to favorites) was carried out. */
  verbDone: boolean;
}

export function freshProgress(): ClauseProgress {
  return {
    consumed: new Set(),
    typed: false,
    committed: false,
    commitRetries: 0,
    fallbackTried: 0,
    opened: false,
    searched: false,
    searchOpened: false,
    filled: new Set(),
    cleared: new Set(),
    formTouched: false,
    formTouchedAfterTime: false,
    created: false,
    timeSet: false,
    dateSet: false,
    allDaySet: false,
    daysSet: false,
    keys: 0,
    extraTaps: 0,
    answered: false,
    shared: false,
    verbTaps: 0,
    verbDone: false,
  };
}
