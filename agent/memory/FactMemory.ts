/**
 * Cross-app memory: facts found in one app (a price, a date, a name) kept by
 * name and carried to later subgoals. Executors read them from the prompt
 * ("memory: price = $39.99") and may write `{memory:price}` in typed text,
 * which is filled in here before the action runs.
 */
export class FactMemory {
  private readonly facts = new Map<string, string>();

  set(name: string, value: string): void {
    const key = name.trim().toLowerCase();
    if (key && value.trim()) this.facts.set(key, value.trim());
  }

  get(name: string): string | undefined {
    return this.facts.get(name.trim().toLowerCase());
  }

  entries(): Array<[string, string]> {
    return [...this.facts.entries()];
  }

  get size(): number {
    return this.facts.size;
  }

  /** Replaces `{memory:name}` / `{name}` placeholders with known facts; unknown ones stay as written. */
  fill(text: string): string {
    return text.replace(/\{(?:memory:)?([\w -]+)\}/g, (whole, name: string) => this.get(name) ?? whole);
  }

  /** The reverse of fill, for storing learned tasks: a known fact's value becomes its placeholder. */
  abstract(text: string): string {
    let out = text;
    for (const [name, value] of [...this.facts.entries()].sort((a, b) => b[1].length - a[1].length)) {
      if (value.length >= 2) out = out.split(value).join(`{memory:${name}}`);
    }
    return out;
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.facts);
  }

  /** One line per fact for prompts; "(none yet)" when empty. */
  describe(): string {
    return this.facts.size === 0
      ? '(none yet)'
      : this.entries()
          .map(([k, v]) => `${k} = ${v}`)
          .join('\n');
  }
}
