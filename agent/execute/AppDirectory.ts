/**
 * Launcher label <-> package, learned while the run goes (tapping an icon and
 * seeing which package comes up) or from the store. It lets open_app use
 * device.openApp when the package is known and the launcher otherwise.
 */
export class AppDirectory {
  private readonly byLabel = new Map<string, string>();
  /** Labels seen on the launcher, in order. */
  labels: string[] = [];

  learn(label: string, pkg: string): void {
    this.byLabel.set(label.trim().toLowerCase(), pkg);
  }

  packageOf(label: string): string | undefined {
    return this.byLabel.get(label.trim().toLowerCase());
  }

  labelOf(pkg: string): string | undefined {
    for (const [label, p] of this.byLabel)
      if (p === pkg) return this.labels.find((l) => l.toLowerCase() === label) ?? label;
    return undefined;
  }

  setLabels(labels: string[]): void {
    if (labels.length > 0) this.labels = [...new Set([...this.labels, ...labels])];
  }
}
