export * from './finding.js'
export * from './severity.js'
export * from './fingerprint.js'
