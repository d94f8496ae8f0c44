/** Bad input to a report builder: says what was wrong and what to give instead. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}
