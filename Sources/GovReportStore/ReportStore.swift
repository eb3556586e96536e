import GRDB
import GovReport
