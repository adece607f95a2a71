package io.mapchunk.analysis.sample;

import io.mapchunk.io.InputFileException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The coordinator of random sampling. It splits the genome's window starts (or each sequence's:
 * one stratum each) into fixed units and decides with a seeded draw how many windows fall in each
 * unit (multinomial, or multivariate hypergeometric without replacement); the units are then drawn
 * and written in parallel, where the bases are read. With {@code excludeN} it first has more windows
 * drawn than needed and gathers only their (start, key) pairs, to keep those with the smallest
 * random keys among the windows without N (keys are independent of positions, so the kept windows
 * are uniform among the valid ones): the units then carry that key as their cutoff. A round with
 * too few valid windows is discarded and redrawn larger, a bounded number of times.
 */
public final class SamplePlanner {

    static final int MAX_ROUNDS = 8;
    /** The most draws a plan may hold at once (without replacement, or choosing among valid ones). */
    static final long MOST_HELD = Integer.MAX_VALUE / 2;
    static final int UNITS = 1024;
    static final long MIN_UNIT = 1 << 16;

    private SamplePlanner() {}

    /** Runs units somewhere (Flink subtasks, or in-process in tests), passing on their hits. */
    @FunctionalInterface
    public interface KeyRunner {
        void run(List<SampleUnit> units, Consumer<SampleHits> hits) throws Exception;
    }

    /**
     * The units to draw and write, in genome order (each unit's kept windows are its rows, in the
     * order it draws them), and the names of sequences too short to sample from.
     */
    public record Plan(List<SampleUnit> units, List<String> skipped) {}

    private record Stratum(int id, String label, long from, long size) {}

    public static Plan plan(GenomeSpace space, SampleRequest request, KeyRunner runner)
            throws Exception {
        List<Stratum> strata = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (request.perSequence()) {
            for (int i = 0; i < space.index().size(); i++) {
                if (space.starts(i) == 0) {
                    skipped.add(space.entry(i).name());
                } else {
                    strata.add(new Stratum(strata.size(), "sequence '" + space.entry(i).name() + "'",
                            space.firstStart(i), space.starts(i)));
                }
            }
        } else if (space.total() > 0) {
            strata.add(new Stratum(0, "the genome", 0, space.total()));
        }
        if (strata.isEmpty() && request.count() > 0) {
            throw new InputFileException("no sequence has " + request.length() + " or more bases");
        }
        long k = request.count();
        if ((request.distinct() || request.excludeN()) && k > MOST_HELD) {
            throw new InputFileException("--without-replacement and --exclude-n keep every draw in"
                    + " memory: at most " + MOST_HELD + " windows, not " + k);
        }
        for (Stratum s : strata) {
            if (request.distinct() && k > s.size) {
                throw new InputFileException("cannot draw " + k + " distinct windows of "
                        + request.length() + " bases from " + s.label + ": it has only " + s.size);
            }
        }
        long unitSize = Math.max(MIN_UNIT, (space.total() + UNITS - 1) / UNITS);
        long[] tries = new long[strata.size()];
        for (Stratum s : strata) {
            tries[s.id] = firstTry(k, s.size, request);
        }
        List<SampleUnit> planned = new ArrayList<>();
        List<Stratum> pending = k == 0 ? List.of() : strata;
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw tooFew(pending.get(0), request);
            }
            List<List<SampleUnit>> units = new ArrayList<>();
            for (Stratum s : pending) {
                List<SampleUnit> ofStratum = new ArrayList<>();
                plan(s, tries[s.id], unitSize, round, request, ofStratum);
                units.add(ofStratum);
            }
            if (!request.excludeN()) {
                // every draw is kept: exactly k per stratum, nothing to choose
                units.forEach(planned::addAll);
                break;
            }
            BottomK[] best = new BottomK[strata.size()];
            long[] valid = new long[strata.size()];
            for (Stratum s : pending) {
                best[s.id] = new BottomK((int) k);
            }
            List<SampleUnit> all = new ArrayList<>();
            units.forEach(all::addAll);
            runner.run(all, hits -> {
                BottomK kept = best[hits.stratum()];
                valid[hits.stratum()] += hits.starts().length;
                for (int i = 0; i < hits.starts().length; i++) {
                    kept.offer(hits.keys()[i], hits.starts()[i]);
                }
            });
            List<Stratum> again = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                Stratum s = pending.get(i);
                if (valid[s.id] >= k) {
                    // the largest (key, start) of the k kept is the cutoff: the heap's root
                    long key = best[s.id].key(0);
                    long start = best[s.id].position(0);
                    units.get(i).forEach(u -> planned.add(u.withCutoff(key, start)));
                } else {
                    tries[s.id] = nextTry(tries[s.id], (int) valid[s.id], k, s, request);
                    again.add(s);
                }
            }
            pending = again;
        }
        planned.sort(Comparator.comparingLong(SampleUnit::from));
        return new Plan(planned, skipped);
    }

    private static long firstTry(long k, long size, SampleRequest request) {
        long tries = request.excludeN() ? (long) Math.ceil(k * 1.1) + 16 : k;
        return request.distinct() ? Math.min(tries, size) : tries;
    }

    private static long nextTry(long tried, int valid, long k, Stratum s, SampleRequest request) {
        long limit = Math.max(64L * k, 1L << 22);
        if (request.distinct() && tried >= s.size) {
            throw tooFew(s, request);
        }
        double rate = Math.max(valid, 1) / (double) tried;
        long next = (long) Math.ceil(k / rate * 1.25) + 16;
        next = Math.max(next, tried * 2);
        if (request.distinct()) {
            next = Math.min(next, s.size);
        }
        if (next > limit || next > Integer.MAX_VALUE / 2) {
            throw tooFew(s, request);
        }
        return next;
    }

    private static InputFileException tooFew(Stratum s, SampleRequest request) {
        return new InputFileException(s.label + " has too few windows of " + request.length()
                + " bases without N to draw " + request.count()
                + (request.distinct() ? " distinct ones" : ""));
    }

    private static void plan(Stratum s, long tries, long unitSize, int round, SampleRequest request,
            List<SampleUnit> units) {
        SplittableRandom random = new SplittableRandom(Seeds.derive(request.seed(), round, s.id, -1));
        int[] counts = request.distinct()
                ? Draws.perUnit(Draws.distinct(random, (int) tries, s.size), s.size, unitSize)
                : Draws.perUnitWithReplacement(random, tries, s.size, unitSize);
        for (int u = 0; u < counts.length; u++) {
            if (counts[u] > 0) {
                long from = u * unitSize;
                units.add(new SampleUnit(s.id, s.from + from, Math.min(unitSize, s.size - from),
                        counts[u], request.distinct(), Seeds.derive(request.seed(), round, s.id, u)));
            }
        }
    }
}
