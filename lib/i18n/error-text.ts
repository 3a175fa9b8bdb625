/**
 * The error page's words in both languages, in a module of their own: the error boundary is client
 * code loaded with every page, and importing it from the full dictionaries would ship them all.
 */
export const errorPageText = {
  id: {
    title: "Halaman ini gagal ditampilkan",
    lead: "Terjadi kesalahan yang tidak terduga. Data dasbor tidak berubah.",
    retry: "Coba lagi",
    home: "Ke ringkasan",
  },
  en: {
    title: "This page could not be shown",
    lead: "Something unexpected went wrong. The dashboard's data is unchanged.",
    retry: "Try again",
    home: "Go to the overview",
  },
};
