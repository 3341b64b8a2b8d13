/** Numbered steps with elapsed time, so a long job shows where it is. */
export class Progress {
  private readonly started = Date.now();
  private step = 0;

  constructor(
    private readonly total: number,
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  elapsedSec(): number {
    return (Date.now() - this.started) / 1000;
  }

  begin(title: string): void {
    this.step += 1;
    this.write(`\n[${this.step}/${this.total}] ${title}  (${this.elapsedSec().toFixed(0)} s)`);
  }

  info(line: string): void {
    this.write(`  ${line}`);
  }
}
