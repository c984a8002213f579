/** The `serve` and `export-module` subcommands (shell/serve.ts, shell/export-module.ts). */
export async function remoteMain(name: 'serve' | 'export-module', args: string[]): Promise<number> {
  if (name === 'serve') {
    const { serveMain } = await import('./serve');
    return serveMain(args);
  }
  const { exportModuleMain } = await import('./export-module');
  return exportModuleMain(args);
}
