/** The name and version a response file carries; older versions are upgraded by `migrateResponse`. */
export const RESPONSE_FORMAT = 'groundwork-response'
export const RESPONSE_FORMAT_VERSION = 2
