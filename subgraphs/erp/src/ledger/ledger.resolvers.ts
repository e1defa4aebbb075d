import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { listJournalEntries, trialBalance } from './ledger.service.ts';

export const ledgerResolvers: Resolvers = {
  Query: {
    journalEntries: (_, { account, subjectId, first, offset }, ctx) => listJournalEntries(ctx, { account, subjectId, first: first ?? 50, offset: offset ?? 0 }),
    trialBalance: (_, { asOf }, ctx) => trialBalance(ctx, asOf),
  },
  JournalEntry: {
    lines: (entry, _, ctx) => ctx.loaders.linesByJournalEntry.load(entry.id),
  },
};
