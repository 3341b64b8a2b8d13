// The embedded Kinesis (kinesalite, records kept in memory) as a process of its own, started by the twin
// (see emulator-ipc.mjs). Streams become ACTIVE at once, as dynalite's tables do.
import kinesalite from 'kinesalite';
import { serveOverIpc } from './emulator-ipc.mjs';

serveOverIpc(kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 }));
