// Whether a phase of the plan is done, from the records alone. The calendar
// only says a phase's dates have passed; it never says the work was done. A
// phase is 已完成 only when every unit each of its deliverables applies to has
// recorded that deliverable as done; a past phase with no record of any of its
// deliverables (or with none to record) has no known outcome, and a past phase
// with some records is partly done, in numbers.
//
// A deliverable belongs to the phase its planRef points into: a plan deadline
// of that phase (deadlines[].phase) or a dated step of it (phases[].steps).
import { itemStatus, selectUnits, type DeliverableLike, type ProgressInput } from './deliverables.ts';
import { spanStatus, type PhaseLike, type PlanLike } from './progress.ts';

export interface DeliverableWithRef extends DeliverableLike {
  readonly planRef: string;
}

/** How far one deliverable of a phase got, over the units it applies to. */
export interface PhaseDeliverable<D extends DeliverableWithRef = DeliverableWithRef> {
  readonly deliverable: D;
  /** Units it applies to, in directory order. */
  readonly applicable: number;
  /** Of those, done by asOf: on time and late. */
  readonly onTime: number;
  readonly late: number;
  /** Of those, with a record file that does not (yet) show it done. */
  readonly notDone: number;
  /** Of those, with no record file at all: nothing is known. */
  readonly unrecorded: number;
}

export type PhaseOutcome =
  /** Before the phase's first day. */
  | 'pending'
  /** Between its first and last day. */
  | 'active'
  /** Past its last day, and every applicable unit recorded every deliverable done. */
  | 'done'
  /** Past its last day, and some but not all of that is recorded. */
  | 'partial'
  /** Past its last day, with nothing recorded done (or no deliverable to record). */
  | 'unrecorded';

export interface PhaseProgress<D extends DeliverableWithRef = DeliverableWithRef> {
  readonly phase: PhaseLike;
  readonly outcome: PhaseOutcome;
  /** The deliverables whose planRef falls in the phase, in the order of deliverables.yaml. */
  readonly deliverables: readonly PhaseDeliverable<D>[];
}

/** The id of the phase a plan reference (a deadline's or a dated step's id) falls in. */
export function phaseOfRef(plan: PlanLike, ref: string): string | undefined {
  const deadline = plan.deadlines.find((d) => d.id === ref);
  if (deadline) return deadline.phase;
  return plan.phases.find((p) => (p.steps ?? []).some((s) => s.id === ref))?.id;
}

function deliverableProgress<D extends DeliverableWithRef>(deliverable: D, input: ProgressInput<D>, asOf: string): PhaseDeliverable<D> {
  const units = selectUnits(deliverable.appliesTo, input.units);
  let onTime = 0;
  let late = 0;
  let notDone = 0;
  let unrecorded = 0;
  for (const unit of units) {
    const record = input.records.find((r) => r.unit === unit);
    if (record === undefined) {
      unrecorded++;
      continue;
    }
    const submission = record.submissions?.find((s) => s.deliverable === deliverable.id && s.date <= asOf);
    const status = itemStatus(deliverable.deadline, asOf, submission?.date);
    if (status === 'on-time') onTime++;
    else if (status === 'late') late++;
    else notDone++;
  }
  return { deliverable, applicable: units.length, onTime, late, notDone, unrecorded };
}

/**
 * Each phase of the plan on `asOf`, judged by the records (see the top of this
 * file). `over`: the campaign has ended by asOf, so a phase still running by
 * its dates (the last one, on the campaign's last day) is judged as past.
 */
export function phaseProgress<D extends DeliverableWithRef>(plan: PlanLike, input: ProgressInput<D>, asOf: string, over = false): PhaseProgress<D>[] {
  return plan.phases.map((phase) => {
    const deliverables = input.deliverables.filter((d) => phaseOfRef(plan, d.planRef) === phase.id).map((d) => deliverableProgress(d, input, asOf));
    const dates = spanStatus(phase.start, phase.end, asOf);
    const span = over && dates === 'active' ? 'done' : dates;
    if (span !== 'done') return { phase, outcome: span, deliverables };
    const owed = deliverables.filter((d) => d.applicable > 0);
    const done = owed.reduce((n, d) => n + d.onTime + d.late, 0);
    const outcome: PhaseOutcome =
      owed.length > 0 && owed.every((d) => d.onTime + d.late === d.applicable) ? 'done' : done > 0 ? 'partial' : 'unrecorded';
    return { phase, outcome, deliverables };
  });
}
