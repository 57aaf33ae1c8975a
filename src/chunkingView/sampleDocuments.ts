// Sample documents for the lesson's "try it": a short FAQ in Markdown, in both languages, long
// enough to make several chunks with LangChain's defaults.
export const sampleIds = ['rag-faq-en', 'rag-faq-pt-br'] as const;
export type SampleId = (typeof sampleIds)[number];

export function isSampleId(value: unknown): value is SampleId {
  return typeof value === 'string' && (sampleIds as readonly string[]).includes(value);
}

const english = `# Nimbus Notes: help center

Nimbus Notes is a note-taking app that syncs across your devices. This page answers the questions
our support team hears most often. Each answer is short on purpose: a retrieval system finds the
right paragraph and hands it to the model, so every section should make sense on its own.

## Accounts and sign-in

To create an account, open the app and choose **Sign up**. You can use an email address or a
single sign-on provider. We send a six-digit code to confirm the address; it expires after ten
minutes. If the code does not arrive, check your spam folder, then ask for a new one.

Forgot your password? Choose **Reset password** on the sign-in screen. The link we email you works
once and expires after one hour. For security, resetting the password signs you out of every device.

## Sync and offline use

Notes sync in the background whenever the device is online. Edits made offline are kept on the
device and sent the next time it connects. If two devices change the same note while offline, the
app keeps both versions and marks the note with a conflict badge so you can merge them by hand.

Attachments up to 25 MB sync on every plan. Larger files stay on the device that added them and
show a cloud icon with a line through it on the others.

## Plans and billing

The Free plan includes 500 notes and two devices. The Plus plan removes both limits and adds
version history for 30 days. Teams adds shared notebooks, roles and an admin console.

We bill monthly or yearly, in advance. A yearly plan costs the same as ten months. You can cancel
at any time; the plan stays active until the end of the period you paid for, and we do not refund
partial periods except where the law requires it.

## Privacy and security

Notes are encrypted in transit with TLS 1.3 and at rest with AES-256. Notebooks marked **Private
vault** are also encrypted on your device with a key derived from your vault passphrase; we cannot
read them and cannot recover them if you forget the passphrase.

We never use the content of your notes to train models. Usage statistics are anonymous and you can
turn them off under **Settings → Privacy**.

## Contact

Plus and Teams customers can chat with support from the app, weekdays from 8:00 to 20:00 UTC.
Everyone can write to help@nimbus.example; we answer within two business days.
`;

const portuguese = `# Nimbus Notes: central de ajuda

O Nimbus Notes é um app de anotações que sincroniza entre os seus dispositivos. Esta página
responde às perguntas que a equipe de suporte mais ouve. Cada resposta é curta de propósito: um
sistema de recuperação encontra o parágrafo certo e o entrega ao modelo, então cada seção precisa
fazer sentido sozinha.

## Conta e acesso

Para criar uma conta, abra o app e escolha **Cadastrar**. Você pode usar um endereço de e-mail ou
um provedor de login único. Enviamos um código de seis dígitos para confirmar o endereço; ele expira
em dez minutos. Se o código não chegar, confira a pasta de spam e peça um novo.

Esqueceu a senha? Escolha **Redefinir senha** na tela de acesso. O link que enviamos por e-mail
funciona uma vez e expira em uma hora. Por segurança, redefinir a senha encerra a sessão em todos
os dispositivos.

## Sincronização e uso offline

As notas sincronizam em segundo plano sempre que o dispositivo está on-line. Edições feitas offline
ficam guardadas no aparelho e são enviadas na próxima conexão. Se dois dispositivos mudarem a mesma
nota offline, o app guarda as duas versões e marca a nota com um selo de conflito para você juntar à mão.

Anexos de até 25 MB sincronizam em todos os planos. Arquivos maiores ficam no dispositivo que os
adicionou e aparecem nos outros com um ícone de nuvem riscado.

## Planos e cobrança

O plano Gratuito inclui 500 notas e dois dispositivos. O plano Plus remove os dois limites e
acrescenta histórico de versões por 30 dias. O Teams acrescenta cadernos compartilhados, papéis e
um console de administração.

A cobrança é mensal ou anual, antecipada. O plano anual custa o mesmo que dez meses. Você pode
cancelar quando quiser; o plano continua ativo até o fim do período pago, e não reembolsamos
períodos parciais, exceto quando a lei exige.

## Privacidade e segurança

As notas são criptografadas em trânsito com TLS 1.3 e em repouso com AES-256. Cadernos marcados
como **Cofre privado** também são criptografados no seu dispositivo com uma chave derivada da frase
secreta do cofre; não conseguimos lê-los nem recuperá-los se você esquecer a frase.

Nunca usamos o conteúdo das suas notas para treinar modelos. As estatísticas de uso são anônimas e
você pode desligá-las em **Configurações → Privacidade**.

## Contato

Clientes Plus e Teams podem conversar com o suporte pelo app, em dias úteis, das 8h às 20h UTC.
Qualquer pessoa pode escrever para help@nimbus.example; respondemos em até dois dias úteis.
`;

export function sampleText(id: SampleId): string {
  return id === 'rag-faq-en' ? english : portuguese;
}
