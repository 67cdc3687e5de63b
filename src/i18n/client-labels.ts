import type { Translate } from './index';
import type { UiKey } from './vi';

/**
 * Strings browser elements need, by element. The page hands each element only its own keys, as
 * JSON in a `labels` attribute, so no element carries both languages.
 */
/** Quiz elements: given once per quiz to <lesson-quiz labels>, which its questions read. */
export const quizLabelKeys = [
  'quiz.check',
  'quiz.reveal',
  'quiz.correct',
  'quiz.rightAnswer',
  'quiz.wrong',
  'quiz.chooseFirst',
  'quiz.chooseFlag',
  'quiz.moved',
  'quiz.inPlace',
  'quiz.shouldBe',
  'quiz.flagFound',
  'quiz.flagMissed',
  'quiz.flagWrong',
  'quiz.optionFound',
  'quiz.optionMissed',
  'quiz.optionWrong',
  'quiz.score',
  'quiz.passed',
  'quiz.doneCount',
  'quiz.failed',
  'quiz.retake',
  'quiz.review',
  'quiz.showAll',
  'quiz.previous',
  'quiz.completedOn',
] as const satisfies readonly UiKey[];

/** A lesson's status badge, wherever it shows (lesson lists, search results, the progress page). */
export const statusLabelKeys = [
  'status.notStarted',
  'status.inProgress',
  'status.completed',
] as const satisfies readonly UiKey[];

/**
 * A lesson's data cost on its card: the build writes the first two into the card from the page's
 * own attribute (lib/build/data-cost.ts), and <lesson-cost> shows the third once the lesson is kept.
 */
export const costLabelKeys = ['cost.label', 'cost.size', 'cost.saved'] as const satisfies readonly UiKey[];

/** A lesson's best score on the progress page. */
export const scoreLabelKeys = ['progress.noScore'] as const satisfies readonly UiKey[];

/** Who is learning, in the header. */
export const badgeLabelKeys = ['profile.current', 'profile.mainName'] as const satisfies readonly UiKey[];

/** "Lessons completed: N of M" on the home page. */
export const summaryLabelKeys = ['progress.summary'] as const satisfies readonly UiKey[];
/**
 * A topic's count, which becomes a badge once every lesson in it is done (issue #19), and on the
 * progress page its simulations practised (issue #21).
 */
export const topicSummaryLabelKeys = [
  'progress.summary',
  'progress.topicComplete',
  'progress.practiceSummary',
] as const satisfies readonly UiKey[];

/** The home page's first box for a returning learner (elements/home-start.ts). */
export const homeStartLabelKeys = [
  'home.continueHeading',
  'home.doneCount',
  'progress.continue',
  'progress.stepsDone',
  'progress.allDone',
] as const satisfies readonly UiKey[];

/** "Ôn lại 2 phút" offered on the home page when a review is due (issue #21). */
export const reviewOfferLabelKeys = [
  'review.offerHeading',
  'review.offer1',
  'review.offer2',
  'review.start',
  'review.later',
  'review.dismiss',
  'review.snoozed',
  'review.dismissed',
] as const satisfies readonly UiKey[];

/** A lesson's review page: which review, the result, what next. */
export const reviewLabelKeys = [
  'review.notDue',
  'review.due1',
  'review.due2',
  'review.result',
  'review.next',
  'review.finished',
  'review.more',
  'review.home',
] as const satisfies readonly UiKey[];

/** The Print button above a guide's preview. */
export const printLabelKeys = ['guide.printButton'] as const satisfies readonly UiKey[];

/** A step's "Done" tick on the lesson page. */
export const stepTickLabelKeys = ['step.done', 'step.doneStep'] as const satisfies readonly UiKey[];

export const profileLabelKeys = [
  'profile.current',
  'profile.mainName',
  'profile.switch',
  'profile.rename',
  'profile.delete',
  'profile.nameLabel',
  'profile.newLabel',
  'profile.add',
  'profile.save',
  'profile.cancel',
  'profile.nameRequired',
  'profile.nameInvalid',
  'profile.added',
  'profile.switched',
  'profile.renamed',
  'profile.deleteConfirm',
  'profile.exportFirst',
  'profile.deleteYes',
  'profile.deleted',
  'profile.lastOne',
  'profile.reset',
  'profile.resetConfirm',
  'profile.resetYes',
  'profile.resetDone',
] as const satisfies readonly UiKey[];

export const slipLabelKeys = [
  'slip.show',
  'slip.hide',
  'slip.intro',
  'slip.qrLabel',
  'slip.codeLabel',
  'slip.copy',
  'slip.copied',
  'slip.selected',
  'slip.share',
  'slip.contains',
  'slip.name',
  'slip.noName',
  'slip.learnerId',
  'slip.date',
  'slip.completed',
  'slip.started',
  'slip.score',
  'slip.failed',
  'slip.none',
  'slip.private',
  'workshop.slipLine',
] as const satisfies readonly UiKey[];

/** "Start a workshop" on the trainer hub. */
export const workshopStartLabelKeys = [
  'workshop.name',
  'workshop.nameHint',
  'workshop.date',
  'workshop.dateToday',
  'workshop.dateChange',
  'workshop.place',
  'workshop.start',
  'workshop.nameMissing',
  'workshop.badText',
  'workshop.badDate',
  'workshop.started',
  'workshop.current',
  'workshop.none',
  'workshop.session',
  'workshop.when',
  'workshop.where',
  'workshop.howProjector',
  'workshop.classSheet',
  'workshop.plans',
  'workshop.end',
  'workshop.ended',
  'workshop.switchLabel',
  'workshop.switch',
  'workshop.startOther',
] as const satisfies readonly UiKey[];

/** The workshop's session QR on the projector's title screen. */
export const sessionQrLabelKeys = [
  'workshop.scanToJoin',
  'workshop.qrLabel',
  'qr.thisComputerOnly',
] as const satisfies readonly UiKey[];

/** The join page a session QR opens. */
export const workshopJoinLabelKeys = [
  'workshop.joined',
  'workshop.joinedNote',
  'workshop.profile',
  'workshop.openLesson',
  'workshop.badLink',
  'workshop.missingLink',
  'workshop.home',
  'profile.mainName',
] as const satisfies readonly UiKey[];

/** The printable completion slip. */
export const certificateLabelKeys = [
  'certificate.learner',
  'certificate.noName',
  'certificate.completedHeading',
  'certificate.lesson',
  'certificate.completedOn',
  'certificate.best',
  'certificate.percent',
  'certificate.workshop',
  'certificate.qrHeading',
  'certificate.qrNote',
  'certificate.qrLabel',
  'certificate.made',
  'certificate.none',
  'certificate.lessons',
  'certificate.back',
  'guide.printButton',
] as const satisfies readonly UiKey[];

export const transferLabelKeys = [
  'profile.mainName',
  'transfer.exportJson',
  'transfer.exportCsv',
  'transfer.importHeading',
  'transfer.drop',
  'transfer.choose',
  'transfer.previewHeading',
  'transfer.previewProfile',
  'transfer.added',
  'transfer.changed',
  'transfer.completes',
  'transfer.unknown',
  'transfer.nothingNew',
  'transfer.migrated',
  'transfer.apply',
  'transfer.cancel',
  'transfer.applied',
  'transfer.cancelled',
  'transfer.undo',
  'transfer.undone',
  'transfer.unchanged',
  'transfer.error.too-big',
  'transfer.error.empty',
  'transfer.error.not-json',
  'transfer.error.not-progress',
  'transfer.error.future-version',
  'transfer.error.invalid',
  'transfer.error.read',
  'received.importAdds',
  'progress.noScore',
  'csv.track',
  'csv.lesson',
  'csv.status',
  'csv.best',
  'csv.attempts',
  'csv.completed',
  'csv.slug',
  'csv.failed',
  'csv.learnerId',
  'csv.learner',
  ...statusLabelKeys,
] as const satisfies readonly UiKey[];

export const overviewLabelKeys = [
  'progress.overall',
  'progress.continue',
  'progress.stepsDone',
  'progress.nothingYet',
  'progress.allDone',
  'progress.start',
  'progress.unknownHeading',
  'progress.unknownNote',
] as const satisfies readonly UiKey[];

/** The site's notices: storage problems, no connection, a new version ready. */
export const noticeLabelKeys = [
  'storage.memoryOnly',
  'storage.download',
  'storage.corrupted',
  'storage.downloadBackup',
  'storage.discardBackup',
  'status.offline',
  'status.update',
  'status.reload',
] as const satisfies readonly UiKey[];

export const searchLabelKeys = [
  'search.loading',
  'search.count',
  'search.none',
  'search.error',
  'search.more',
  'lesson.minutes',
  'status.label',
  ...statusLabelKeys,
] as const satisfies readonly UiKey[];

export const deckLabelKeys = [
  'present.next',
  'present.prev',
  'present.position',
  'present.fullscreen',
  'present.speaker',
  'present.exit',
  'present.notes',
  'present.noNotes',
  'present.nextScreen',
  'present.end',
  'present.timer',
  'present.controls',
] as const satisfies readonly UiKey[];

export const readingLabelKeys = [
  'reading.size',
  'reading.normal',
  'reading.large',
  'reading.xlarge',
  'reading.contrast',
  'reading.system',
  'reading.contrastNormal',
  'reading.high',
] as const satisfies readonly UiKey[];

/** Listen: reading a lesson step aloud. */
export const listenLabelKeys = [
  'listen.play',
  'listen.playStep',
  'listen.pause',
  'listen.resume',
  'listen.stop',
] as const satisfies readonly UiKey[];

/** "Save for offline" on the progress page. */
export const saveLabelKeys = [
  'save.button',
  'save.progress',
  'save.done',
  'save.failed',
  'save.saved',
  'save.notSaved',
  'save.allSaved',
  'save.unsupported',
  'save.checking',
  'save.auto',
  'save.autoTooBig',
  'save.autoSaveData',
  'save.readable',
] as const satisfies readonly UiKey[];

/** The class sheet page (trainer/class). */
export const classLabelKeys = [
  'class.classesHeading',
  'class.choose',
  'class.new',
  'class.edit',
  'class.remove',
  'class.name',
  'class.date',
  'class.place',
  'class.sessionField',
  'class.sessionHint',
  'class.sessionInvalid',
  'class.save',
  'class.cancel',
  'class.session',
  'class.none',
  'class.defaultName',
  'class.nameNeeded',
  'class.created',
  'class.saved',
  'class.removed',
  'class.summary',
  'class.addHeading',
  'class.paste',
  'class.pasteHint',
  'class.add',
  'class.drop',
  'class.chooseFiles',
  'class.pasteEmpty',
  'class.added',
  'class.updated',
  'class.unchanged',
  'class.problem.not-a-slip',
  'class.problem.damaged',
  'class.problem.newer-version',
  'class.problem.other-curriculum',
  'class.codeProblem',
  'class.unchangedNote',
  'class.unnamed',
  'class.fileMessage',
  'class.fileProblem.too-big',
  'class.fileProblem.empty',
  'class.fileProblem.not-json',
  'class.fileProblem.not-ours',
  'class.fileProblem.future-version',
  'class.fileProblem.invalid',
  'class.fileProblem.no-learner-id',
  'class.fileProblem.csv-invalid',
  'class.fileProblem.read',
  'class.bookImported',
  'class.bookSame',
  'class.gridHeading',
  'class.filter',
  'class.allTracks',
  'class.sort',
  'class.sortName',
  'class.sortCompleted',
  'class.sortHelp',
  'class.learner',
  'class.attendance',
  'class.attended',
  'class.atHome',
  'class.done',
  'class.started',
  'class.notStarted',
  'class.totals',
  'class.legend',
  'class.short',
  'class.otherLessons',
  'class.unknownLesson',
  'class.empty',
  'class.gridLabel',
  'class.editLearner',
  'class.learnerName',
  'class.rename',
  'class.removeLearner',
  'class.renamed',
  'class.learnerRemoved',
  'class.learnerNameNeeded',
  'class.undo',
  'class.undone',
  'class.undoAdd',
  'class.undoRename',
  'class.undoRemoveLearner',
  'class.undoEdit',
  'class.undoRemoveClass',
  'class.undoImport',
  'class.helpHeading',
  'class.helpNone',
  'class.failedTwice',
  'class.notFinished',
  'class.practiceSafe',
  'class.practiceCaught',
  'class.practiceHelp',
  'class.outputsHeading',
  'class.csv',
  'class.json',
  'class.xapi',
  'class.print',
  'class.jsonNote',
  'class.xapiBase',
  'class.xapiSave',
  'class.xapiNote',
  'class.xapiPlaceholder',
  'class.xapiBad',
  'class.xapiSaved',
  'class.csvName',
  'class.csvLearnerId',
  'class.csvDate',
  'class.csvSession',
  'class.csvPractice',
  'class.csvPracticeSafe',
  'class.csvPracticeCaught',
  'class.csvPracticeNone',
  'class.unreadable',
  'class.downloadUnreadable',
] as const satisfies readonly UiKey[];

/** An element's strings, keyed by UI key; elements draw nothing until they have them. */
export type Labels<K extends readonly UiKey[]> = Record<K[number], string>;

/** The labels JSON for one element; templates keep their `{placeholders}` for the element to fill. */
export function labelsFor(t: Translate, keys: readonly UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}

export type QuizLabels = Labels<typeof quizLabelKeys>;

/** A lesson's practice (simulation runs) in the learner's progress. */
export const practiceLabelKeys = [
  'practice.none',
  'practice.lastSafe',
  'practice.lastTrap',
  'practice.runs',
] as const satisfies readonly UiKey[];

/** A simulation's pretend phone (issue #21). */
export const simulationLabelKeys = [
  'sim.banner',
  'sim.phone',
  'sim.whatNow',
  'sim.youChose',
  'sim.good',
  'sim.notThis',
  'sim.trap',
  'sim.continue',
  'sim.again',
  'sim.safeEnd',
  'sim.trapEnd',
  'sim.from',
  'sim.address',
  'sim.stepOf',
  'sim.kind.app',
  'sim.kind.browser',
  'sim.kind.sms',
  'sim.kind.call',
  'sim.kind.chat',
  'sim.kind.payment',
  'sim.kind.camera',
  'sim.kind.debrief',
  'sim.techniques',
  'sim.technique.urgency',
  'sim.technique.fake-authority',
  'sim.technique.secrecy',
  'sim.technique.safe-account',
  'sim.secondsLeft',
  'sim.timeUp',
  'sim.countdownOff',
  'sim.countdownOn',
  'sim.reveal',
  'sim.projectorKeys',
  'sim.fieldsNote',
  'sim.rule.id-number',
  'sim.rule.phone',
  'sim.rule.otp',
  'sim.field.empty',
  'sim.field.letters',
  'sim.field.id-number.length',
  'sim.field.phone.length',
  'sim.field.phone.start',
  'sim.field.otp.code',
] as const satisfies readonly UiKey[];

/** The class sheet's scanner: reading progress slips with the camera or from a photo. */
export const scanLabelKeys = [
  'scan.start',
  'scan.stop',
  'scan.starting',
  'scan.on',
  'scan.hint',
  'scan.off',
  'scan.video',
  'scan.photo',
  'scan.photoNote',
  'scan.reading',
  'scan.noCode',
  'scan.photoError',
  'scan.notSlip',
  'scan.read',
  'scan.insecure',
  'scan.unsupported',
  'scan.denied',
  'scan.noCamera',
  'scan.busy',
  'scan.failed',
] as const satisfies readonly UiKey[];

/**
 * The labels of the parts pages load on demand, by element name: `/{lang}/labels.json`, fetched by
 * lib/on-demand.ts with their code, so a page doesn't carry them until they're needed. An element
 * with its own `labels` attribute (the projector's quiz) keeps it.
 */
export const onDemandLabelKeys = {
  'reading-settings': readingLabelKeys,
  'site-notices': noticeLabelKeys,
  'lesson-quiz': quizLabelKeys,
  'step-tick': stepTickLabelKeys,
  'listen-button': listenLabelKeys,
} as const satisfies Record<string, readonly UiKey[]>;

/** The trainer's signing key on the trainer hub (issue #22): <trainer-key>. */
export const trainerKeyLabelKeys = [
  'trainerKey.loading',
  'trainerKey.insecure',
  'trainerKey.unavailable',
  'trainerKey.none',
  'trainerKey.name',
  'trainerKey.team',
  'trainerKey.commune',
  'trainerKey.problem.name',
  'trainerKey.problem.team',
  'trainerKey.problem.commune',
  'trainerKey.make',
  'trainerKey.making',
  'trainerKey.madeNow',
  'trainerKey.failed',
  'trainerKey.notSaved',
  'trainerKey.ready',
  'trainerKey.id',
  'trainerKey.made',
  'trainerKey.where',
  'trainerKey.sendNote',
  'trainerKey.download',
  'trainerKey.downloaded',
  'trainerKey.signOnSheet',
  'trainerKey.forget',
  'trainerKey.forgetQuestion',
  'trainerKey.forgetYes',
  'trainerKey.forgetNo',
  'trainerKey.forgotten',
  'trainerKey.notForgotten',
] as const satisfies readonly UiKey[];

/** Countersigning on the class sheet (issue #22): <class-countersign>. */
export const countersignLabelKeys = [
  'trainerKey.insecure',
  'trainerKey.unavailable',
  'countersign.noKey',
  'countersign.makeKey',
  'countersign.unlisted',
  'countersign.noClass',
  'countersign.nobody',
  'countersign.row',
  'countersign.sign',
  'countersign.noName',
  'countersign.signing',
  'countersign.failed',
  'countersign.signedHeading',
  'countersign.showLearner',
  'countersign.qrLabel',
  'countersign.codeLabel',
  'countersign.contains',
  'countersign.copy',
  'countersign.copied',
  'countersign.selected',
  'countersign.close',
] as const satisfies readonly UiKey[];

/** Checking a trainer-signed slip (issue #22): <slip-check> on /{lang}/check/. */
export const checkLabelKeys = [
  'check.empty',
  'check.checking',
  'check.verified',
  'check.commune',
  'check.learner',
  'check.lesson',
  'check.unknownLesson',
  'check.workshop',
  'check.expires',
  'check.unverified',
  'check.why.signature',
  'check.why.expired',
  'check.why.outside',
  'check.why.unreadable',
  'check.unknownKey',
  'check.unknownKeyWhy',
  'check.claims',
] as const satisfies readonly UiKey[];

/** Receiving a trainer's signature on the progress page (issue #22): <signed-receive>. */
export const receivedLabelKeys = [
  'received.show',
  'received.hide',
  'received.how',
  'received.openScanner',
  'received.pasteLabel',
  'received.save',
  'received.empty',
  'received.unreadable',
  'received.otherLearner',
  'received.already',
  'received.older',
  'received.done',
  'received.count',
  'received.newestHeading',
  'received.key',
  'received.signed',
  'received.for',
  'received.checkIntro',
  'check.title',
  'check.lesson',
  'check.unknownLesson',
  'check.expires',
] as const satisfies readonly UiKey[];

/** The newest signed slip on the printable certificate (issue #22): <completion-slip>. */
export const certificateSignedLabelKeys = [
  'received.printHeading',
  'received.printSigned',
  'received.printHonest',
  'received.qrLabel',
  'received.codeLabel',
] as const satisfies readonly UiKey[];
