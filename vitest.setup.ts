import fc from 'fast-check';
// The tests word every language synchronously, as the command line does (the page loads one at a time).
import './src/i18n/everyCatalogue';

// Every property test replays: fast-check draws from one fixed seed unless a test sets its own, and
// prints the seed and the shrunk counterexample on failure. FC_SEED=n explores another seed locally.

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261207) });
