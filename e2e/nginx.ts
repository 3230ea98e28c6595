// The export on a real web server, as docs/static-site.md tells a host to run it: Debian's nginx with
// deploy/nginx.conf, over HTTPS with a certificate the test makes (a CA of its own, which clients are told to trust).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export interface Nginx {
  /** https://localhost:<port>: the certificate names localhost and 127.0.0.1. */
  origin: string;
  httpsPort: number;
  httpPort: number;
  /** The CA the certificate is issued by, for clients to trust. */
  caFile: string;
  stop: () => Promise<void>;
}

/** A CA and a server certificate for localhost, in `dir`, made with openssl. */
function makeCertificate(dir: string): { ca: string; cert: string; key: string } {
  const file = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file('ca.key'));
  openssl(
    'req',
    '-x509',
    '-new',
    '-sha256',
    '-key',
    file('ca.key'),
    '-days',
    '30',
    '-subj',
    '/CN=Bluebook test CA',
    '-out',
    file('ca.pem'),
    '-addext',
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file('server.key'));
  openssl('req', '-new', '-sha256', '-key', file('server.key'), '-subj', '/CN=localhost', '-out', file('server.csr'));
  writeFileSync(
    file('server.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n',
  );
  openssl(
    'x509',
    '-req',
    '-sha256',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '30',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.crt'),
  );
  return { ca: file('ca.pem'), cert: file('server.crt'), key: file('server.key') };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** deploy/nginx.conf with its @…@ values filled in, serving `out` on the two ports, run from `prefix`. */
export async function startNginx(out: string, prefix: string, httpsPort: number, httpPort: number): Promise<Nginx> {
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  const { ca, cert, key } = makeCertificate(prefix);
  const values: Record<string, string> = {
    OUT: out,
    HEADERS_CONF: join(out, 'nginx-headers.conf'),
    SERVER_NAME: 'localhost',
    BIND: '127.0.0.1:',
    HTTPS_PORT: String(httpsPort),
    HTTP_PORT: String(httpPort),
    HTTPS_PORT_SUFFIX: `:${String(httpsPort)}`,
    CERT: cert,
    KEY: key,
    WORKER_PROCESSES: '1',
    ERROR_LOG: 'stderr',
    ACCESS_LOG: 'off',
  };
  const template = readFileSync(join('deploy', 'nginx.conf'), 'utf8');
  const conf = template
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('#') ? line : line.replace(/@([A-Z_]+)@/g, (_, name: string) => values[name] ?? `@${name}@`),
    )
    .join('\n');
  if (/^[^#]*@[A-Z_]+@/m.test(conf)) throw new Error('deploy/nginx.conf has a value the test does not fill in');
  const confFile = join(prefix, 'nginx.conf');
  writeFileSync(confFile, conf);
  // As root, nginx's workers would run as nobody, who cannot read a checkout under /root: the test's own workers run as
  // the test does. A host runs them as its own user, with the export readable by it.
  const globals = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
  execFileSync('nginx', ['-t', '-q', '-p', `${prefix}/`, '-c', confFile, '-g', globals], { stdio: 'pipe' });
  const server: ChildProcess = spawn('nginx', ['-p', `${prefix}/`, '-c', confFile, '-g', globals], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 200 && !((await listening(httpsPort)) && (await listening(httpPort))); i++) {
    if (server.exitCode !== null) throw new Error(`nginx exited with ${String(server.exitCode)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin: `https://localhost:${String(httpsPort)}`,
    httpsPort,
    httpPort,
    caFile: ca,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) {
          resolve();
          return;
        }
        server.on('exit', () => resolve());
        server.kill('SIGQUIT');
      }),
  };
}
