// Byte-pair merging of long pieces by rank buckets: take the lowest rank that has candidates and
// merge its positions left to right. That is the heap's order exactly: merging a pair of rank r
// only creates pairs of other ranks (their bytes are longer than r's token), and a new pair of a
// lower rank stops the sweep so that rank goes first.
import type { PartList } from './partList';
import { RankBucket, RankHeap } from './rankBuckets';

export class RankBucketSweep {
  private readonly rankHeap = new RankHeap();
  private readonly buckets = new Map<number, RankBucket>();
  private readonly spareBuckets: RankBucket[] = [];
  /** Bucket pushes and (bounds on) sort comparisons so far, for tests of growth. */
  private bucketOperations = 0;

  get operations(): number {
    return this.bucketOperations + this.rankHeap.operations;
  }

  /** Queues the ranked pairs that start in `[from, to)`, before `run`. */
  queuePairs(parts: PartList, from: number, to: number): void {
    const { pairRank } = parts;
    const last = Math.min(to, parts.length - 1);
    for (let start = from; start < last; start++) {
      if (pairRank[start] >= 0) {
        this.enqueue(pairRank[start], start);
      }
    }
  }

  /** Merges until done (true) or until about `budget` merges are made (false: call again). */
  run(parts: PartList, budget = Number.POSITIVE_INFINITY): boolean {
    const { pairRank, partPrevious } = parts;
    let merges = 0;
    while (!this.rankHeap.isEmpty) {
      if (merges >= budget) {
        return false;
      }
      const rank = this.rankHeap.pop();
      const bucket = this.buckets.get(rank) as RankBucket;
      bucket.queued = false;
      this.bucketOperations += bucket.sort();
      while (bucket.head < bucket.tail) {
        const start = bucket.positions[bucket.head++];
        if (pairRank[start] !== rank) {
          continue; // stale: one of the two parts has changed since this pair was queued
        }
        parts.mergeAt(start);
        merges++;
        const rightRank = pairRank[start];
        if (rightRank >= 0) {
          this.enqueue(rightRank, start);
        }
        const previous = partPrevious[start];
        const leftRank = previous >= 0 ? pairRank[previous] : -1;
        if (leftRank >= 0) {
          this.enqueue(leftRank, previous);
        }
        if ((rightRank >= 0 && rightRank < rank) || (leftRank >= 0 && leftRank < rank) || merges >= budget) {
          break; // a lower rank appeared and must merge before the rest of this one (or time is up)
        }
      }
      if (bucket.isEmpty) {
        this.release(rank, bucket);
      } else if (!bucket.queued) {
        bucket.queued = true;
        this.rankHeap.push(rank);
      }
    }
    this.rankHeap.clear();
    return true;
  }

  private enqueue(rank: number, start: number): void {
    let bucket = this.buckets.get(rank);
    if (bucket === undefined) {
      bucket = this.spareBuckets.pop() ?? new RankBucket();
      this.buckets.set(rank, bucket);
    }
    bucket.push(start);
    this.bucketOperations++;
    if (!bucket.queued) {
      bucket.queued = true;
      this.rankHeap.push(rank);
    }
  }

  private release(rank: number, bucket: RankBucket): void {
    this.buckets.delete(rank);
    bucket.clear();
    if (bucket.positions.length <= 1024) {
      this.spareBuckets.push(bucket);
    }
  }
}
