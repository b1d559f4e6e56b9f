import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; the server has one when `SMTP_URL` is set. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer over SMTP (`smtp://user:pass@host:587`, `smtps://…`), sending from `from`. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** The invitation e-mail in plain text (no HTML: nothing of the inviter's input can become markup). */
export function writeInvitationEmail(input: {
  to: string;
  inviterName: string;
  workspaceName: string;
  role: string;
  link: string;
  expiresAt: string;
}): MailMessage {
  const expires = new Date(input.expiresAt).toUTCString();
  return {
    to: input.to,
    subject: `${input.inviterName} invites you to ${input.workspaceName} on Trailmap`,
    text: [
      `${input.inviterName} invites you to join the workspace "${input.workspaceName}" on Trailmap as ${input.role}.`,
      '',
      `Open this link to sign up or sign in and join:`,
      input.link,
      '',
      `The link works once and until ${expires}. If you did not expect this invitation, ignore this e-mail.`,
    ].join('\n'),
  };
}
