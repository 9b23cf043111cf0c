/**
 * @module util/messages/quality
 * Catalogue part: profiling findings and data-bias checks. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about profiling findings and data-bias checks. */
export const qualityMessages = {} satisfies Record<string, MessageTemplate>;
