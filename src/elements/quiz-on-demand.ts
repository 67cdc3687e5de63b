/**
 * The quiz for a lesson page, which imports it with `import()` as the learner nears it. A module of
 * its own, so the bundler gives it a chunk that is a plain ES module: importing quiz-elements
 * (which the projector imports statically) would make it build a namespace object at runtime, and
 * load the bundler's runtime helpers (429 B gzip) with it. It exports nothing: its chunk is then
 * one import line.
 */
import './quiz-elements';
