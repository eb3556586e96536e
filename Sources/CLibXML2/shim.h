// libxml2's HTML parser (tag soup as browsers read it) and XML parser, for GovReportWeb.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers would then pull in the system ICU headers, which clash
// with Foundation's own copy (_FoundationICU). Nothing here uses libxml2's ICU converter structures.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
