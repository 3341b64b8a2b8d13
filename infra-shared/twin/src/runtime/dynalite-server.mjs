// The embedded DynamoDB (dynalite) as a process of its own, started by the twin (see emulator-ipc.mjs). Its
// own process keeps every table operation off the event loop that runs the gateway and load balancers.
import dynalite from 'dynalite';
import { serveOverIpc } from './emulator-ipc.mjs';

serveOverIpc(dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }));
