/** web-ext ships no types; lint.ts uses only cmd.lint. */
declare module 'web-ext' {
  const webExt: { cmd: { lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<unknown> } };
  export default webExt;
}
