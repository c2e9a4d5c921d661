import net from 'node:net';

export interface ReceivedMail {
  to: string[];
  /** The raw message as sent after DATA (headers and encoded body). */
  raw: string;
}

/** Just enough of an SMTP server to receive what Cocon sends: no TLS, no authentication. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly server = net.createServer((socket) => this.converse(socket));

  /** `refuses` says which recipients get a 550, to see what happens when sending fails; it may be changed at any time. */
  constructor(public refuses: (address: string) => boolean = () => false) {}

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  private converse(socket: net.Socket) {
    let buffer = '';
    let mail: ReceivedMail = { to: [], raw: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            this.received.push(mail);
            mail = { to: [], raw: '' };
            reply('250 OK');
          } else {
            // Undo dot-stuffing: a line starting with "." was sent with one more.
            mail.raw += `${line.startsWith('.') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 sink.test');
        else if (command === 'RCPT') {
          const address = /<(.*)>/.exec(line)?.[1] ?? '';
          if (this.refuses(address)) reply('550 No such mailbox');
          else {
            mail.to.push(address);
            reply('250 OK');
          }
        } else if (command === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (command === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else if (['MAIL', 'RSET', 'NOOP'].includes(command)) reply('250 OK');
        else reply('502 Command not implemented');
      }
    });
    socket.on('error', () => socket.destroy());
  }
}

/** The text of a message (single part), whatever transfer encoding nodemailer chose, and its decoded subject. */
export function readMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1].toLowerCase();
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '');
    text = Buffer.from(
      bytes.replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  const rawSubject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  const subject = rawSubject.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s?/gi, (_match, kind: string, value: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(value, 'base64').toString('utf8')
      : Buffer.from(
          value.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
  return { subject, text };
}
