/** Picks a practice exam's questions across lessons, in the exam's proportions of the tasks covered. */
import type { BankQuestion } from '../quiz/quizBanks';
import { seededShuffle } from '../quiz/shuffle';
import { taskShares } from './examBlueprint';

/** A question of the pool, tagged with the task statement it tests. */
export interface ExamPoolQuestion extends BankQuestion {
  readonly task: string;
}

/**
 * `size` questions (or the whole pool when it is smaller), each task getting its share by the
 * largest-remainder method. A task with too few questions gives its remaining seats to the others,
 * in proportion. The order is shuffled so tasks are mixed, as on the real exam. Same seed, same exam.
 */
export function drawPracticeExam(pool: readonly ExamPoolQuestion[], size: number, seed: string): ExamPoolQuestion[] {
  const byTask = new Map<string, ExamPoolQuestion[]>();
  for (const question of pool) {
    byTask.set(question.task, [...(byTask.get(question.task) ?? []), question]);
  }
  const seats = allocateSeats(byTask, Math.min(Math.max(0, Math.floor(size)), pool.length));
  const picked = [...byTask].flatMap(([task, questions]) => seededShuffle(questions, `${seed}:${task}`).slice(0, seats.get(task) ?? 0));
  return seededShuffle(picked, `${seed}:order`);
}

/** Seats per task: proportional to the exam's shares, capped by what each task holds. */
export function allocateSeats(byTask: ReadonlyMap<string, readonly unknown[]>, size: number): Map<string, number> {
  const seats = new Map<string, number>([...byTask.keys()].map((task) => [task, 0]));
  let open = [...byTask.keys()].filter((task) => byTask.get(task)!.length > 0);
  let remaining = size;
  while (remaining > 0 && open.length > 0) {
    const shares = taskShares(open);
    // Tasks outside the guide's domains still get an even share rather than none.
    const fallback = 1 / open.length;
    const exact = open.map((task) => ({ task, want: remaining * (shares.get(task) || fallback) }));
    const floors = exact.map(({ task, want }) => ({ task, seats: Math.floor(want), remainder: want - Math.floor(want) }));
    let leftover = remaining - floors.reduce((sum, entry) => sum + entry.seats, 0);
    for (const entry of [...floors].sort((a, b) => b.remainder - a.remainder || a.task.localeCompare(b.task))) {
      if (leftover === 0) {
        break;
      }
      entry.seats++;
      leftover--;
    }
    let placed = 0;
    for (const { task, seats: wanted } of floors) {
      const room = byTask.get(task)!.length - seats.get(task)!;
      const given = Math.min(room, wanted);
      seats.set(task, seats.get(task)! + given);
      placed += given;
    }
    remaining -= placed;
    open = open.filter((task) => seats.get(task)! < byTask.get(task)!.length);
    if (placed === 0) {
      break;
    }
  }
  return seats;
}
