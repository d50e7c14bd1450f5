// A keyboard ink accepts without a terminal: the bench's review driver and
// the review's tests type into it. write() hands one chunk to ink the way a
// raw-mode TTY does ('readable' then read(), and 'data' for older readers).
import { EventEmitter } from 'node:events';

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}
