declare global {
  namespace App {
    interface Locals {
      /** The reader's locale, negotiated from Accept-Language (lib/locale.ts). */
      locale: string;
    }
  }
}

export {};
