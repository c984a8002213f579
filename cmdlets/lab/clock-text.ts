/**
 * How virtual time passes, in the learner's words: the shell's banner and Get-LabClock say the same
 * sentence, so a learner who reads one knows what the other means.
 */

/**
 * The clock's speed at the interactive prompt unless -ManualClock: one virtual minute per real second.
 * Why 60 and not real time (1): a started batch settles from Starting to Syncing after one virtual
 * minute (the migration model's transition time), and contoso's initial sync takes about seven and a
 * half virtual hours. At 60x the learner sees Syncing a second after starting the batch, as the
 * article reads ("check the status"), and Synced within ten minutes of real time; at real time the
 * status would sit on Starting for a minute and Synced would take a working day. Longer waits (72
 * hours of MX propagation, 30 days of licence grace) stay one command away: Set-LabClock -Advance.
 */
export const PROMPT_CLOCK_SPEED = 60;

const UNITS: [number, string, string][] = [
  [86_400, 'a day', 'days'],
  [3_600, 'an hour', 'hours'],
  [60, 'a minute', 'minutes'],
  [1, 'a second', 'seconds'],
];

/** `60` -> "a minute", `120` -> "2 minutes", `90` -> "90 seconds", `0.5` -> "half a second". */
function virtualPerSecond(speed: number): string {
  if (speed === 0.5) return 'half a second';
  for (const [seconds, one, many] of UNITS) {
    if (speed >= seconds && Number.isInteger(speed / seconds)) return speed === seconds ? one : `${speed / seconds} ${many}`;
  }
  return `${+speed.toFixed(3)} seconds`;
}

/** `60` -> "at 60x real time (a minute passes every second)"; `1` -> "with real time". */
export function clockSpeedWords(speed: number): string {
  if (speed === 1) return 'with real time';
  const per = virtualPerSecond(speed);
  return `at ${+speed.toFixed(3)}x real time (${per} ${/^\d/.test(per) && !per.startsWith('1 ') ? 'pass' : 'passes'} every second)`;
}

/**
 * What the clock does and how to make time pass, in one or two sentences.
 * `manualOption`: the prompt was started with -ManualClock (the banner names it).
 */
export function describeClock(speed: number, options: { manualOption?: boolean } = {}): string {
  if (speed > 0) {
    return `The virtual clock runs ${clockSpeedWords(speed)}. To let a day pass at once: Set-LabClock -Advance 1d. To stop the clock: Set-LabClock -Speed 0.`;
  }
  const why = options.manualOption ? ' (-ManualClock)' : '';
  return `The virtual clock stands still between commands${why}. To let a day pass at once: Set-LabClock -Advance 1d. To let it run ${clockSpeedWords(PROMPT_CLOCK_SPEED)}: Set-LabClock -Speed ${PROMPT_CLOCK_SPEED}.`;
}
