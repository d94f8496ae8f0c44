/**
 * What a request's input tokens are spent on. Roles tag the text parts they
 * build (`textPart(text, 'screen')`); the tag never goes on the wire and is
 * not part of a cassette key. Untagged text, plain-string messages and the
 * turns of a structured-output retry count as `other`.
 */
export const INPUT_PARTS = ['tools', 'system', 'task', 'history', 'fsm', 'screen', 'image', 'other'] as const;

/**
 * - tools: the tool definitions (JSON);
 * - system: the system prompt;
 * - task: the task, the plan, memory, tips, the step budget, feedback;
 * - history: the steps taken so far;
 * - fsm: what the app's state machine knows about this screen;
 * - screen: the compact listing (and what it says about scrolling);
 * - image: screenshots;
 * - other: anything untagged (plain-string prompts, retry turns).
 */
export type InputPart = (typeof INPUT_PARTS)[number];

/** Input tokens by part; parts that were not in a request are absent. */
export type InputPartTokens = Partial<Record<InputPart, number>>;
