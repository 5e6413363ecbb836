'use strict';
// Piscina worker entry used only when the service runs from TypeScript sources (jest, tsx):
// worker threads don't inherit ts-jest's or tsx's loaders, so register tsx here, then load the
// real worker. The compiled service (dist/) uses dist/worker.js directly and never needs tsx.
require('tsx/cjs/api').register();
module.exports = require('./worker.ts');
