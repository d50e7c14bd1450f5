import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface TerminalSize {
  rows: number;
  columns: number;
}

/** The terminal's size, following resizes; `override` fixes it (tests, fixed-size embedding). */
export function useTerminalSize(override?: Partial<TerminalSize>): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({
    rows: override?.rows ?? (stdout.rows > 0 ? stdout.rows : 24),
    columns: override?.columns ?? (stdout.columns > 0 ? stdout.columns : 80),
  });
  const [size, setSize] = useState<TerminalSize>(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, override?.rows, override?.columns]);
  return override?.rows !== undefined || override?.columns !== undefined ? read() : size;
}
