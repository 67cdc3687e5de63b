/**
 * The QR encoder for pages that draw a code only sometimes (the projector's workshop QR), imported
 * with `import()`. A module of its own, so the bundler gives it a chunk that is a plain ES module:
 * importing the shared encoder chunk directly would make it build a namespace object at runtime,
 * which costs every page that loads the encoder the bundler's runtime helpers.
 */
export { qrSvg } from './qr';
