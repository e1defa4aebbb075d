import { Migration } from '@plexus/db';

/**
 * A changeover travels to analytics as IDLE with reason SETUP (machine.rules.ts,
 * `reportedState`), so the downtime Pareto names it: the taxonomy must hold it too,
 * or the one loss every job shop has would be a code nobody can look up.
 */
export class SetupDowntimeReason extends Migration {
  override name = '20261130-0003-setup-downtime-reason';

  up(): void {
    this.addSql(`INSERT INTO mes.downtime_reason (code, name, category) VALUES ('SETUP', 'Setup and changeover', 'IDLE') ON CONFLICT (code) DO NOTHING`);
  }
}
