// Every property test replays: fast-check draws from one fixed seed unless a test sets its own, and
// prints the seed and the shrunk counterexample on failure. FC_SEED=n explores another seed locally.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261207) });
