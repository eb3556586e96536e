import Testing
import GovReport
import GovReportPDF
