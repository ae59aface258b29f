import type { RunOptions } from 'axe-core';

/**
 * The only place axe rules may be switched off, each with its reason. Empty is the goal.
 */
export const axeExclusions: NonNullable<RunOptions['rules']> = {};
