/**
 * @module util/messages/learners
 * Catalogue part: learners, parameters and fitting. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about learners, parameters and fitting. */
export const learnerMessages = {} satisfies Record<string, MessageTemplate>;
