/** File-name rules both sides need, with no schema library (the Electron main bundle imports it). */

/** A Windows device name, with or without an extension (con.txt is the console too). */
export const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i
