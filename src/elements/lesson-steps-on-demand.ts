/**
 * A lesson's step parts (the tick box and Listen), imported together with `import()` as the
 * learner nears the steps: they show up side by side, and one chunk costs less than two. A module
 * of its own, so its chunk is a plain ES module (see quiz-on-demand.ts).
 */
import './step-tick';
import './listen-button';
